#pragma once

// Worker threads that do jobs in the background while the calling thread takes their
// results in the order it gave them: the filters map batches of records with it,
// extract segments documents.

#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

namespace vil::cli {

// Job: what one unit of work reads and fills; it must have `bool done` and
// `std::exception_ptr failure`, which the pool sets (under its lock). Worker: a
// thread's own state (parsers, scratch), handed to every job that thread does.
// map(job, worker) does the work; what it throws is rethrown by wait().
//
// The caller submits jobs and waits for each in turn; while it waits it does jobs no
// thread has taken yet, with a worker of its own. Destroying the pool stops and joins
// the threads (after the jobs they are on), so an exception on the calling thread never
// leaves one running.
template <class Job, class Worker>
class MapPool {
 public:
  using Map = void (*)(Job&, Worker&);

  // helper: the calling thread's worker; threads: one for each of the others. When the
  // system cannot start a thread, the pool goes on with those it has (with none, the
  // calling thread does every job in wait()): the work and its output are the same.
  MapPool(Map map, Worker& helper, std::vector<std::unique_ptr<Worker>>& threads)
      : m_map(map), m_helper(helper) {
    for (auto& worker : threads) {
      try {
        m_threads.emplace_back([this, w = worker.get()] { work(*w); });
      } catch (const std::system_error&) {
        break;
      }
    }
  }
  ~MapPool() {
    {
      const std::lock_guard<std::mutex> lock(m_mutex);
      m_stop = true;
    }
    m_work.notify_all();
    for (std::thread& t : m_threads) t.join();
  }
  MapPool(const MapPool&) = delete;
  MapPool& operator=(const MapPool&) = delete;

  void submit(Job& job) {
    {
      const std::lock_guard<std::mutex> lock(m_mutex);
      job.done = false;
      job.failure = nullptr;
      m_queue.push_back(&job);
    }
    m_work.notify_one();
  }

  // Returns once job is done; rethrows what map threw.
  void wait(Job& job) {
    std::unique_lock<std::mutex> lock(m_mutex);
    while (!job.done) {
      if (m_queue.empty()) {
        m_done.wait(lock);
        continue;
      }
      Job* next = m_queue.front();
      m_queue.pop_front();
      lock.unlock();
      run(*next, m_helper);
      lock.lock();
      next->done = true;
    }
    if (job.failure) std::rethrow_exception(job.failure);
  }

 private:
  void run(Job& job, Worker& w) {
    try {
      m_map(job, w);
    } catch (...) {
      job.failure = std::current_exception();
    }
  }

  void work(Worker& w) {
    while (true) {
      Job* job = nullptr;
      {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_work.wait(lock, [&] { return m_stop || !m_queue.empty(); });
        if (m_stop) return;
        job = m_queue.front();
        m_queue.pop_front();
      }
      run(*job, w);
      {
        const std::lock_guard<std::mutex> lock(m_mutex);
        job->done = true;
      }
      m_done.notify_one();  // only the calling thread waits
    }
  }

  Map m_map;
  Worker& m_helper;
  std::mutex m_mutex;
  std::condition_variable m_work;
  std::condition_variable m_done;
  std::deque<Job*> m_queue;
  bool m_stop = false;
  std::vector<std::thread> m_threads;
};

}  // namespace vil::cli
