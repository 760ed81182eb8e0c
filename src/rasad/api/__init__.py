"""rasad.api"""
