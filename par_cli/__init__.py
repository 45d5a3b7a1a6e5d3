"""par: plan and self-assess a PAR Index (Chỉ số cải cách hành chính) from plain-text data."""

__version__ = "0.1.0"
