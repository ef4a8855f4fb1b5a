; A126269: Numbers k such that hcl(k,k) < hcl(k,k-1) where hcl(k,i) is the Huffman code length; see comments.
; 3,4,9,10,21,22,45,46,93,94,189,190,381,382,765,766,1533,1534,3069,3070,6141,6142,12285,12286,24573,24574,49149,49150

#offset 3

sub $0,3
add $0,1
sub $0,1
add $0,1
sub $0,1
add $0,2
mov $1,$0
lpb $1
  sub $1,1
  mul $3,$2
  trn $3,$2
  sub $2,$3
  sub $2,4
  sub $2,4
lpe
mov $0,$2
div $0,-8
add $0,1
sub $0,2
mul $0,8
add $0,16
sub $0,15
div $0,8
add $0,1
