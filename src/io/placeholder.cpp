int siaga_placeholder_io;
