"""Publish Celery tasks by name: Celery's own message, without send_task's per-call set-up."""

from __future__ import annotations

from typing import Any

from celery import Celery
from celery.utils import uuid
from kombu import Queue


class TaskPublisher:
    """Sends the message ``celery.send_task(name, args=...)`` would send, for less CPU.

    A comment's POST publishes one task. ``send_task`` merges execution options, asks the
    router, builds a retry policy and a declare list, and runs Celery's saferepr over the
    arguments, for every message: in-process 0.43-0.45 ms of CPU per task against
    0.26-0.31 ms here (both through ``redis_transport``; docs/performance.md). Here the
    route and the queue declaration are resolved once per task name and process; the message
    is built by Celery (``app.amqp.as_task_v2``, protocol 2, the worker sees no difference)
    and published by kombu's pooled producer with the configured publish retry policy.
    Only what this service sends is supported: positional arguments of JSON scalars, no
    countdown, eta, links or results.
    """

    def __init__(self, celery: Celery) -> None:
        self._celery = celery
        self._queues: dict[str, Queue] = {}
        conf = celery.conf
        self._retry_policy = dict(conf.task_publish_retry_policy or {})
        self._serializer = conf.task_serializer
        self._compression = conf.task_compression
        self._delivery_mode = conf.task_default_delivery_mode

    def publish(self, name: str, args: list[Any]) -> str:
        """Publish task ``name`` with ``args`` to its routed queue; returns the task id."""
        celery = self._celery
        task_id = uuid()
        headers, properties, body, _ = celery.amqp.as_task_v2(
            task_id,
            name,
            args,
            {},
            # what Celery's saferepr would give for a short list of scalars
            argsrepr=repr(list(args)),
            kwargsrepr="{}",
            reply_to=celery.thread_oid,
            ignore_result=None,  # as send_task: the task's own setting decides
        )
        queue = self._queue_for(name)
        with celery.producer_or_acquire() as producer:
            producer.publish(
                body,
                exchange="",  # the default exchange: the routing key names the queue
                routing_key=queue.name,
                headers=headers,
                serializer=self._serializer,
                compression=self._compression,
                delivery_mode=self._delivery_mode,
                declare=self._declare(producer, queue),
                retry=True,
                retry_policy=self._retry_policy,
                **properties,
            )
        return task_id

    def _queue_for(self, name: str) -> Queue:
        queue = self._queues.get(name)
        if queue is None:
            queue = self._celery.amqp.router.route({}, name)["queue"]
            if queue.exchange.type != "direct":  # published below to the default exchange
                raise ValueError(f"{name} is routed to a {queue.exchange.type} exchange")
            self._queues[name] = queue
        return queue

    @staticmethod
    def _declare(producer: Any, queue: Queue) -> list[Queue]:
        # kombu records what a connection declared (by hash) and skips it; checking first
        # spares building and binding the declare list for every message.
        declared = producer.connection.declared_entities  # kombu keeps hashes
        return [] if hash(queue) in declared else [queue]
