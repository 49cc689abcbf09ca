//! The story of a session (being written).
