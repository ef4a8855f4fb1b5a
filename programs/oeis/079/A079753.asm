; A079753: Operation count to create all permutations of n distinct elements using the "streamlined" version of Algorithm L (lexicographic permutation generation) from Knuth's The Art of Computer Programming, Vol. 4, chapter 7.2.1.2. Sequence gives total executions of step L3.1'.
; Formula: a(n) = truncate(b(max(n-3,0))/2)+1, b(n) = (b(n-1)+c(n-1))*(c(n-1)+1), c(n) = c(n-1)+1, b(0) = -2, c(0) = 3
; 0,3,21,136,967,7757,69841,698446,7682951,92195467,1198541137,16779575996,251693640031,4027098240601,68460670090337,1232292061626202,23413549170897991,468270983417959991,9833690651777160001

#offset 3

sub $0,3
mov $1,$0
add $2,3
mov $0,-2
lpb $1
  sub $1,1
  add $0,$2
  add $2,1
  mul $0,$2
lpe
div $0,2
sub $0,-1
