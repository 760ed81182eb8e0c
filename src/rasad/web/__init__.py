"""rasad.web"""
