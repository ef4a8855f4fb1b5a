; A183633: Number of (n+1)X(n+1) 0..3 arrays with every 2X2 subblock summing to 6.
; 44,340,2300,14644,90524,551380,3333500,20077684

#offset 1

sub $0,1
sub $0,1
add $0,3
mov $3,10
mov $1,$0
lpb $1
  add $2,$2
  sub $1,1
  sub $2,$3
  add $4,$2
  mul $4,6
  mul $3,3
lpe
mov $0,$4
sub $0,-660
div $0,-15
add $0,44
