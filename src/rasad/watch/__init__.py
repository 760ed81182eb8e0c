"""rasad.watch"""
