; A169262: Number of reduced words of length n in Coxeter group on 9 generators S_i with relations (S_i)^2 = (S_i S_j)^29 = I.
; 1,9,72,576,4608,36864,294912,2359296,18874368,150994944,1207959552,9663676416,77309411328,618475290624,4947802324992,39582418599936,316659348799488,2533274790395904,20266198323167232,162129586585337856

add $0,1
sub $0,2
add $0,1
sub $2,5
mul $0,3
sub $0,2
add $0,1
mov $1,$0
lpb $1
  sub $1,1
  mov $3,$4
  sub $2,2
  trn $3,$2
  sub $2,$3
lpe
mov $0,$3
div $0,2
add $0,1
