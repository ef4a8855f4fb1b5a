; A183633: Number of (n+1)X(n+1) 0..3 arrays with every 2X2 subblock summing to 6.
; 44,340,2300,14644,90524,551380,3333500,20077684

#offset 1

sub $0,1
add $0,2
add $0,1
add $3,7
sub $0,1
lpb $0
  add $2,$2
  mul $2,3
  sub $0,1
  mul $1,2
  add $2,$3
  mul $3,3
  add $1,$2
lpe
mov $0,$1
sub $0,7
div $0,7
add $0,1
sub $0,11
mul $0,4
add $0,44
