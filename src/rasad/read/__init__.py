"""rasad.read"""
