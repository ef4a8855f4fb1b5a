; A358692: Gilbreath transform of primes p(2*k) with 2 prefixed; see Comments.
; 1,3,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1

#offset 1

sub $0,1
lpb $0
  sub $0,1
  sub $0,1
  lpb $0
    sub $0,1
  lpe
lpe
sub $0,-1
mul $0,3
add $0,3
sub $0,6
div $0,3
mul $0,2
add $0,1
