package org.scrutineer.web;

import java.util.function.LongFunction;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.data.repository.CrudRepository;

/**
 * Finds the record a lifecycle's process instance is about, from the id variable it holds from its
 * start, for that lifecycle's delegates, listeners and model expressions. Each lifecycle has one,
 * naming its id variable, its repository and what a missing record is.
 */
public abstract class ProcessRecords<T> {

    private final String idVariable;
    private final CrudRepository<T, Long> repository;
    private final LongFunction<? extends RuntimeException> missing;

    protected ProcessRecords(String idVariable, CrudRepository<T, Long> repository, LongFunction<? extends RuntimeException> missing) {
        this.idVariable = idVariable;
        this.repository = repository;
        this.missing = missing;
    }

    /** The record the process instance of this task or execution is about. */
    public T of(VariableScope scope) {
        return get(ProcessVariables.of(scope).id(idVariable));
    }

    public T get(long id) {
        return repository.findById(id).orElseThrow(() -> missing.apply(id));
    }
}
