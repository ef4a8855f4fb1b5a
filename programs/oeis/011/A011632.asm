; A011632: 28th cyclotomic polynomial.
; 1,0,-1,0,1,0,-1,0,1,0,-1,0,1

lpb $0
  sub $0,3
  sub $0,1
lpe
dgs $0,3
add $0,1
sub $0,1
mul $0,-1
add $0,1
