"""rasad.scale"""
