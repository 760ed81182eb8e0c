"""rasad.merge"""
