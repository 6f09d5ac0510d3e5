"""Builds goalcheck's optional compiled YAML reader; all else is in pyproject.toml.

The reader (goalcheck/_yamlread.c) needs only a C compiler: it is compiled
against libyaml's header (vendor/libyaml/include) and, at run time, calls the
libyaml inside PyYAML's own extension, so that both readers parse with the same
libyaml. Where it cannot be built the install still succeeds,
with a warning, and goalcheck runs its pure-Python reader, which returns the
same (`goalcheck --version` says which one runs).
"""

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext



class OptionalBuildExt(build_ext):
    """build_ext that gives up on the extension, not on the install."""

    def run(self):
        try:
            super().run()
        except Exception as exc:  # no compiler, no Python headers: the pure-Python reader runs
            self._skip(exc)

    def build_extension(self, ext):
        try:
            super().build_extension(ext)
        except Exception as exc:
            self._skip(exc)

    def _skip(self, exc):
        self.warn(f"goalcheck's compiled YAML reader was not built ({exc}); "
                  "goalcheck will run its pure-Python reader, which gives the same results, slower")


reader = Extension(
    "goalcheck._yamlread",
    sources=["goalcheck/_yamlread.c"],
    include_dirs=["vendor/libyaml/include"],
    libraries=["dl"],
    optional=True,
)

setup(ext_modules=[reader], cmdclass={"build_ext": OptionalBuildExt})
