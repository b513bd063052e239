"""Readers: files, HTML pages and JSON Lines into `Article` records; typography normalisation;
language detection; publication-date inference."""
