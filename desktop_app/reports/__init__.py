"""FixDesk's paper: reportlab documents built from plain data.

``data`` gathers what a document needs from the services; each document module
turns that plain data into PDF bytes; ``output.write_pdf`` puts bytes on disk
without ever leaving half a file behind.
"""
