; A347536: Number of minimum dominating sets in the complete tripartite graph K_{n,n,n}.
; 3,15,27,48,75,108,147,192,243,300,363,432,507,588,675,768,867,972,1083,1200,1323,1452,1587,1728,1875,2028,2187,2352,2523,2700,2883,3072,3267,3468,3675,3888,4107,4332,4563,4800,5043,5292,5547,5808,6075,6348,6627

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,1
add $0,1
sub $3,3
add $0,-1
mov $2,$0
sub $2,-1
lpb $2
  add $3,$2
  sub $2,1
  sub $1,$3
  add $3,$2
  lpb $1
    sub $1,1
    add $3,$2
  lpe
lpe
mov $0,$3
sub $0,-2
mul $0,3
add $0,3
