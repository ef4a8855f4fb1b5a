; A151994: For k=A079523(n),n>=2, let {S_k} be the minimal recursive sequence beginning with k similar to N with respect to property of integer to be or not to be in A079523. Then a(n) is the point of confluence of {S_k} with {S_5}.
; 5,13,13,29,29,61,61,61,61

#offset 2

sub $0,2
sub $0,1
mov $3,$0
sub $0,1
max $0,0
lpb $0
  sub $0,1
  add $0,$2
  add $2,$2
  sub $2,1
lpe
add $0,$2
add $0,1
sub $0,1
mov $4,$3
add $4,-1
mul $4,-1
add $0,$4
sub $0,-1
mul $0,6
sub $0,10
div $0,-6
add $0,-1
sub $0,-2
mul $0,8
add $0,5
