int siaga_placeholder_http;
