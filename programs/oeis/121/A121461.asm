; A121461: Triangle read by rows: T(n,k) is the number of nondecreasing Dyck paths of semilength n, having last ascent of length k (1 <= k <= n).
; 1,1,1,3,1,1,8,3,1,1,21,8,3,1,1,55,21,8,3,1,1,144,55,21,8,3,1,1,377,144,55,21,8,3,1,1,987,377,144,55,21,8,3,1,1,2584,987,377,144,55,21,8,3,1,1,6765,2584,987,377,144,55,21,8,3,1,1,17711,6765,2584,987,377,144,55,21

#offset 1

sub $0,1
lpb $0
  add $1,1
  sub $0,$1
lpe
sub $1,$0
seq $1,52925
mov $0,$1
sub $0,1
