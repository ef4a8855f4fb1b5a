; A126235: Minimum length of a codeword in Huffman encoding of n symbols, where the k-th symbol has frequency k.
; 1,1,1,2,2,2,2,2,2,3,3,3,3,3,3,3,3,3,3,3,3,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5

#offset 2

sub $0,2
add $0,1
add $1,$0
lpb $1
  sub $1,1
  sub $1,1
  add $2,2
  div $1,2
lpe
mov $0,$2
sub $0,2
div $0,2
add $0,1
