/** The analytics layer's public API: established models of the field, each with its citation. */
