"""rasad.ingest"""
