; A126235: Minimum length of a codeword in Huffman encoding of n symbols, where the k-th symbol has frequency k.
; 1,1,1,2,2,2,2,2,2,3,3,3,3,3,3,3,3,3,3,3,3,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5

#offset 2

sub $0,2
sub $0,1
sub $0,1
add $0,1
add $0,1
mov $1,$0
lpb $1
  sub $1,1
  sub $2,9
  div $1,2
  add $1,-1
lpe
mov $0,$2
div $0,-1
div $0,9
add $0,1
