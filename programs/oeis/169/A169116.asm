; A169116: Number of reduced words of length n in Coxeter group on 7 generators S_i with relations (S_i)^2 = (S_i S_j)^26 = I.
; 1,7,42,252,1512,9072,54432,326592,1959552,11757312,70543872,423263232,2539579392,15237476352,91424858112,548549148672,3291294892032,19747769352192,118486616113152,710919696678912,4265518180073472

add $0,1
sub $0,1
sub $0,1
add $0,1
add $2,1
mov $1,$0
sub $2,3
lpb $1
  sub $1,1
  add $2,$2
  mul $2,3
lpe
mov $0,$2
div $0,2
mul $0,3
div $0,3
mul $0,7
mul $0,8
div $0,-8
mul $0,2
sub $0,4
div $0,2
div $0,2
div $0,3
add $0,1
