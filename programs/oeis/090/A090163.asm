; A090163: Triangle T(j,k) read by rows, where T(j,K)=number of different configurations having the largest required number of moves S(j,k)=A090033(n) in optimal solutions of the j X k generalization of Sam Loyd's sliding block 15-puzzle, starting with the empty square in a corner.
; Formula: a(n) = A192955(A062707(max(n-2,0))+1)
; 1,1,1,1,1,2,1,1,18

#offset 1

sub $0,2
max $0,0
seq $0,62707
add $0,1
seq $0,192955
