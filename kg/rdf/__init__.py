"""Records -> RDF: the ontology namespace, triples per article, SHACL validation."""
