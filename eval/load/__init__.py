"""Load and soak runs against a real `helpdesk serve` on loopback: `python -m eval.load`."""
