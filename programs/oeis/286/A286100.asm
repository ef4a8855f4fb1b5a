; A286100: Square array A(n,k): If n = k, then A(n,k) = n, otherwise 0, read by antidiagonals as A(1,1), A(1,2), A(2,1), A(1,3), A(2,2), A(3,1), etc.
; 1,0,0,0,2,0,0,0,0,0,0,0,3,0,0,0,0,0,0,0,0,0,0,0,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,6,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,-1
add $0,3
add $0,$0
add $0,1
lpb $0
  add $2,$1
  add $2,8
  add $2,$3
  sub $0,1
  lpb $4
    sub $4,1
    sub $0,1
  lpe
  sub $4,$1
  sub $3,$2
  sub $3,$1
  sub $4,1
  sub $2,$1
  add $2,$3
  add $1,$3
lpe
mov $0,$1
div $0,-1
div $0,8
