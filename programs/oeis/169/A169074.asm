; A169074: Number of reduced words of length n in Coxeter group on 13 generators S_i with relations (S_i)^2 = (S_i S_j)^25 = I.
; 1,13,156,1872,22464,269568,3234816,38817792,465813504,5589762048,67077144576,804925734912,9659108818944,115909305827328,1390911669927936,16690940039135232,200291280469622784

add $0,1
add $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
lpb $0
  sub $0,1
  add $2,$3
  add $1,$2
  mul $2,12
  bin $3,$1
lpe
mov $0,$2
sub $0,8
div $0,12
add $0,1
