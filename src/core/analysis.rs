//! Beyond the classification (being written).
