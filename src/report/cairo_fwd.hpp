#pragma once
// cairo's types without cairo.h, so that headers of the report module stay
// light; the same typedefs cairo.h makes, which C++ allows to repeat.

typedef struct _cairo cairo_t;                  // NOLINT: must match cairo.h exactly
typedef struct _cairo_surface cairo_surface_t;  // NOLINT: must match cairo.h exactly
