"""Above the pipeline: many documents. `listing` turns command-line inputs (two files, a directory
of twins, a pair list) into (Korean path, Chinese path) pairs."""
