"""Attributes worked out once per object, on first read."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

__all__ = ["cached_property"]

T = TypeVar("T")


class cached_property(Generic[T]):
    """``functools.cached_property`` without the lock Python 3.11 takes on every first read (a
    lock shared by all instances of the class, which Python 3.12 dropped): the value is worked
    out on first read and kept in the instance's dict, which later reads find first. A frozen
    dataclass keeps it too (the dict is written directly). Two threads reading it first at once
    may both work it out: the functions it wraps are pure.

    >>> class Circle:
    ...     def __init__(self, r):
    ...         self.r = r
    ...     @cached_property
    ...     def area(self):
    ...         print("computed")
    ...         return 3 * self.r**2
    >>> c = Circle(2)
    >>> c.area
    computed
    12
    >>> c.area, "area" in vars(c)
    (12, True)
    """

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.attrname: str | None = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner: type, name: str) -> None:
        if self.attrname is not None and name != self.attrname:
            raise TypeError(
                f"cannot assign the same cached_property to two names ({self.attrname!r} and "
                f"{name!r})"
            )
        self.attrname = name

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("cannot use a cached_property without calling __set_name__ on it")
        value = instance.__dict__[self.attrname] = self.func(instance)
        return value
