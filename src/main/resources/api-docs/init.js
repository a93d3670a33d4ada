window.ui = SwaggerUIBundle({ url: '/openapi/svod.yml', dom_id: '#swagger-ui' });
