; A138712: n-th run has length n-th positive triangular number, with digits 0 and 1 only, starting with 0.
; 0,1,1,1,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

#offset 1

sub $0,1
lpb $0
  add $0,$3
  sub $0,1
  add $1,-1
  mov $2,3
  sub $2,$1
  add $3,2
  sub $3,$2
lpe
mov $0,$1
mod $0,2
add $0,2
mod $0,2
