//! Documentation rendered from a catalogue.
