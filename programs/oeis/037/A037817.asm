; A037817: Number of i such that d(i) <= d(i-1), where Sum_{i=0..m} d(i)*10^i is the base-10 representation of n.
; 0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,1,1,0,0,0,1,1,1,1,1,1,1,0,0,0,0,1,1,1,1,1,1,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,1,1,1,1,0,0,0,0,0,0,0,1,1,1,0

#offset 1

sub $0,1
add $0,1
lpb $0
  lpb $0
    add $2,1
    sub $0,10
  lpe
  sub $2,$0
  sub $2,$0
lpe
add $0,$2
div $0,-1
mul $0,-8
add $0,-99
div $0,-99
