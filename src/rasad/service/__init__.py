"""rasad.service"""
