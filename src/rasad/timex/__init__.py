"""rasad.timex"""
