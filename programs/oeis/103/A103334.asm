; A103334: Number of closed walks of length 2n at any of the nodes of degree 1 on the graph of the (7,4) Hamming code.
; Formula: a(n) = 2*binomial(lodanrt(max(n-1,0),2^max(n-1,0))+2^max(n-1,0),3)+2^max(n-1,0)
; 1,1,4,24,176,1376,10944,87424,699136,5592576,44739584,357914624,2863312896,22906494976,183251943424,1466015514624,11728124051456,93824992280576,750599937982464,6004799503335424,48038396025634816

sub $0,1
max $0,0
mov $1,2
pow $1,$0
nrt $0,$1
add $0,$1
bin $0,3
mul $0,2
add $0,$1
