"""rasad.kb"""
