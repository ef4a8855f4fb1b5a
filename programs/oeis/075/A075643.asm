; A075643: Group the natural numbers so that the n-th group contains n numbers one each of a multiple of numbers from 1 to n so that the group sum is a multiple of (n+1): (2), (1, 8), (3, 4, 9), (5, 6, 12, 32), (7, 10, 15, 16, 30), (11, 14, 18, 20, 25, 24), ... Sequence gives initial terms of groups.
; Formula: a(n) = b(n), b(n) = -(truncate(b(n-1)/c(n-1))-c(n-1)), c(n) = A151800(c(n-1)), b(0) = 0-A102239(0), c(0) = A102239(0)
; 2,1,3,5,7,11,13,17,19,23,29,31,37,41,43,47,53,59,61,67,71,73,79,83,89,97,101,103,107,109,113,127,131,137,139,149,151,157,163,167,173,179,181,191,193,197,199,211,223,227,229,233,239,241,251,257,263,269,271,277

#offset 1

seq $1,102239
sub $2,$1
lpb $0
  div $2,$1
  sub $2,$1
  mul $2,-1
  seq $1,151800
  sub $0,1
lpe
mov $0,$2
