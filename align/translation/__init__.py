"""The parts of translation behind `align.translate`: the model directory (`model`) and glossary
enforcement around a decoder without constraints (`constraints`)."""
