//! [`Shared`]: the widget's derived data, passed to components and compared by identity.
//!
//! Yew compares props (and memo dependencies) with `PartialEq`, and `Rc<T>` compares what it
//! points to, deep down every lap of every car. A session, a classification or a layout is
//! only ever replaced, never changed in place, so "the same allocation" is the right and
//! cheap test; it also keeps the derived deep comparisons out of the browser bundle.

use std::ops::Deref;
use std::rc::Rc;

/// An `Rc` whose equality is identity.
#[derive(Debug)]
pub struct Shared<T>(Rc<T>);

impl<T> Shared<T> {
    pub fn new(value: T) -> Shared<T> {
        Shared(Rc::new(value))
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Shared<T> {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Shared<T>) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> From<Rc<T>> for Shared<T> {
    fn from(rc: Rc<T>) -> Shared<T> {
        Shared(rc)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_only_to_itself() {
        let a = Shared::new(vec![1, 2, 3]);
        let b = Shared::new(vec![1, 2, 3]);
        assert!(a == a.clone());
        assert!(a != b, "equal contents, different allocations");
        assert_eq!(*a, *b);
    }
}
