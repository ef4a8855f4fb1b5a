; A103334: Number of closed walks of length 2n at any of the nodes of degree 1 on the graph of the (7,4) Hamming code.
; 1,1,4,24,176,1376,10944,87424,699136,5592576,44739584,357914624,2863312896,22906494976,183251943424,1466015514624,11728124051456,93824992280576,750599937982464,6004799503335424,48038396025634816

sub $0,1
add $0,1
mov $3,$0
sub $0,1
add $1,5
lpb $0
  sub $0,1
  mul $2,4
  add $2,$1
lpe
add $2,$1
mov $0,$2
sub $0,2
div $0,5
lpb $3
  sub $3,1
  mul $0,4
  add $0,3
  mul $0,2
  div $0,4
lpe
div $0,2
add $0,1
