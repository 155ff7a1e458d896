"""Eval: gold questions written from the documents, metrics, and the report."""
